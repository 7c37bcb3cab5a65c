import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();

// jsdom does not implement scrolling; the virtual-scroll viewport calls it.
Element.prototype.scrollTo ??= function scrollTo() {
  /* no-op */
};
