// The product's rules as SQL, taken from the built API (the code the API itself runs), so that the floor and
// the EXPLAIN statements ask exactly what the API asks: the score, the colours, the follow-up state groups.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = join(import.meta.dirname, '../../../dist/api');

function built(path) {
  try {
    return require(join(dist, path));
  } catch (e) {
    throw new Error(`dist/api/${path} cannot be loaded: run \`npm run build\` first`, { cause: e });
  }
}

export const { colorSql, meanScoreSql, scoreSql } = built('api/src/app/scores/score-sql.js');
export const { activeFollowUpSql, awaitingAnswerSql, overdueSql } = built('api/src/app/follow-ups/follow-up-sql.js');
export const { RATING_POINTS } = built('libs/domain/src/index.js');
