import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { CHANNEL_NAMES, PublicationSummary, PublicationView } from '@pantau/domain';
import { FREQUENCY_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';

/** Only web addresses become links; anything else stays text. */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** How often an item actually publishes, and whether it is late for its promised cadence. */
@Component({
  selector: 'pantau-publication-summary',
  imports: [I18N_PIPES],
  template: `
    <span class="pub-summary__freq">
      {{ 'publication.frequency' | t }}: <strong>{{ frequencyLabel() | t }}</strong>
    </span>
    @if (summary().count > 0) {
      <span>{{ 'publication.countInWindow' | t: { count: (summary().count | num: '1.0-0') } }}</span>
    }
    @if (summary().lastPublishedAt; as last) {
      <span>{{ 'publication.last' | t: { date: (last | localDate) } }}</span>
    }
    @if (channels()) {
      <span>{{ channels() }}</span>
    }
    @if (summary().overdue) {
      <span class="badge badge--warn"><span aria-hidden="true">⚠</span> {{ 'publication.overdue' | t }}</span>
    }
  `,
  host: { class: 'pub-summary' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicationSummaryLine {
  private readonly i18n = inject(I18nService);
  readonly summary = input.required<PublicationSummary>();
  protected readonly frequencyLabel = computed(() => FREQUENCY_LABEL[this.summary().frequency]);
  protected readonly channels = computed(() =>
    this.summary()
      .channels.map((c) => this.i18n.name(CHANNEL_NAMES[c]))
      .join(', '),
  );
}

/** An item's publications, newest first, as a timeline. Stored text is always shown as text. */
@Component({
  selector: 'pantau-publication-log',
  imports: [I18N_PIPES],
  template: `
    @if (publications().length === 0) {
      <p class="muted pub-log__empty">{{ 'publication.none' | t }}</p>
    } @else {
      <ol class="pub-log" [attr.aria-label]="label()">
        @for (p of publications(); track p.id) {
          <li class="pub-log__entry">
            <time class="pub-log__date" [attr.datetime]="p.publishedAt">{{ p.publishedAt | localDate }}</time>
            <div class="pub-log__body">
              <span class="pub-log__channel">{{ channelName(p) }}</span>
              @if (link(p); as url) {
                <a class="pub-log__link" [href]="url" target="_blank" rel="noopener noreferrer"
                  >{{ host(url) }}<span class="visually-hidden"> ({{ 'common.opensNewTab' | t }})</span></a
                >
              }
              @if (p.note) {
                <p class="pub-log__note">{{ p.note }}</p>
              }
            </div>
          </li>
        }
      </ol>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicationLog {
  private readonly i18n = inject(I18nService);
  readonly publications = input.required<readonly PublicationView[]>();
  readonly label = input<string | null>(null);

  protected channelName(p: PublicationView): string {
    return this.i18n.name(CHANNEL_NAMES[p.channel]);
  }

  protected link(p: PublicationView): string | null {
    return safeUrl(p.url);
  }

  protected host(url: string): string {
    return hostOf(url);
  }
}
