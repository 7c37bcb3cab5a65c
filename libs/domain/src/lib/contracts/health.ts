/** GET /api/health: 200 when the database answers, 503 with `db: 'down'` when it does not. */
export interface HealthResponse {
  status: 'ok' | 'error';
  db: 'up' | 'down';
}
