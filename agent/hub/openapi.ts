// The OpenAPI 3.1 description served at /api/openapi.json. API.md is the prose
// version; both describe the same routes, so keep them together when editing.

type Op = { summary: string; roles?: string; body?: object; query?: string[]; response?: object; status?: number };

const str = { type: 'string' };
const int = { type: 'integer' };
const bool = { type: 'boolean' };
const strArr = { type: 'array', items: str };
const obj = (properties: Record<string, object>, required: string[] = []) => ({ type: 'object', properties, required });

const error = obj({ error: str, detail: str }, ['error']);
const severity = { type: 'string', enum: ['low', 'medium', 'high', 'very_high'] };
const status = { type: 'string', enum: ['new', 'investigating', 'breach_confirmed', 'not_a_breach', 'notified', 'closed'] };
const deadlineState = { type: 'string', enum: ['none', 'running', 'near', 'overdue', 'met'] };

const incidentItem = obj(
  {
    id: str, number: str, site: str, types: strArr, severity, severityScore: { type: 'number' }, status,
    decisions: strArr, eventCount: int, firstSeen: str, lastSeen: str, discoveredAt: str, deadline: str,
    user: str, workstation: str, group: { type: ['string', 'null'] }, overdue: bool, deadlineState, external: bool,
  },
  ['id', 'site', 'types', 'severity', 'status', 'decisions', 'eventCount', 'firstSeen', 'lastSeen', 'discoveredAt', 'deadline'],
);
const notification = obj({ act: str, place: str, parties: str, dataVolume: str, responsible: str, consequences: str, measures: str, attachments: str, recipient: str });
const incidentDetail = {
  allOf: [
    incidentItem,
    obj({
      events: { type: 'array', items: { type: 'object' } },
      typeCounts: { type: 'array', items: obj({ type: str, category: str, count: int, distinct: int, masked: strArr }) },
      notes: { type: 'array', items: obj({ at: str, author: str, text: str }) },
      audit: { type: 'array', items: obj({ at: str, actor: str, action: str, detail: str }) },
      assessment: obj({ decision: { type: ['string', 'null'] }, reason: str, decidedAt: str, decidedBy: str, discoveredAtReason: str }),
      notification,
      severityExplanation: { type: 'array', items: obj({ factor: str, value: { type: 'number' }, detail: str }) },
    }),
  ],
};
const user = obj({ name: str, role: { type: 'string', enum: ['admin', 'dpo', 'viewer'] }, totpEnabled: bool });
const session = obj({ user, csrfToken: str }, ['user', 'csrfToken']);
const profile = obj(Object.fromEntries(
  ['name', 'headOfficeAddress', 'transactionAddress', 'registrationNumber', 'registrationIssuer', 'registrationDate', 'registrationPlace',
    'taxCode', 'phone', 'email', 'website', 'dpoName', 'dpoTitle', 'dpoLandline', 'dpoMobile', 'recipient'].map((k) => [k, str]),
));
const docx = { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } } };

const routes: Record<string, Record<string, Op>> = {
  '/v1/batches': { post: { summary: 'Agent batch of events (§5); idempotent by batchId and event id; gzip accepted', roles: 'agent', body: obj({ batchId: str, agentId: str, events: { type: 'array' } }, ['batchId', 'events']), response: obj({ accepted: strArr, duplicates: strArr, rejected: { type: 'array', items: obj({ id: str, reason: str }) } }) } },
  '/v1/heartbeat': { post: { summary: 'Agent heartbeat', roles: 'agent', body: obj({ agentId: str, at: str, queueDepth: int, dropped: int, rejected: int, extensionLastSeen: { type: ['string', 'null'] }, agentVersion: str }), status: 204 } },
  '/v1/policy': { get: { summary: 'Current policy for agents (ETag, If-None-Match → 304)', roles: 'agent', response: { type: 'object' } } },
  '/api/session': {
    post: { summary: 'Log in; sets the pdp_hub_session cookie. 401 bad_credentials | totp_required; 429 locked', body: obj({ name: str, password: str, totp: str }, ['name', 'password']), response: session },
    delete: { summary: 'Log out', status: 204 },
  },
  '/api/me': { get: { summary: 'Current user and CSRF token', response: session } },
  '/api/me/password': { post: { summary: 'Change own password', body: obj({ current: str, next: str }, ['current', 'next']), status: 204 } },
  '/api/me/totp/setup': { post: { summary: 'Start TOTP enrolment', response: obj({ secret: str, otpauthUrl: str }) } },
  '/api/me/totp/confirm': { post: { summary: 'Confirm TOTP with a code', body: obj({ code: str }, ['code']), status: 204 } },
  '/api/me/totp': { delete: { summary: 'Disable TOTP (needs a current code)', body: obj({ code: str }, ['code']), status: 204 } },
  '/api/incidents': { get: { summary: 'Incident list', query: ['from', 'to', 'severity', 'type', 'site', 'status', 'q', 'sort', 'order', 'page', 'pageSize'], response: obj({ items: { type: 'array', items: incidentItem }, total: int }) } },
  '/api/incidents/{id}': {
    get: { summary: 'Incident detail', response: incidentDetail },
    patch: { summary: 'Assessment: status transition, decision reason, discoveredAt correction (dpo, admin); 409 on an illegal transition', roles: 'dpo,admin', body: obj({ status, reason: str, discoveredAt: str, discoveredAtReason: str }), response: incidentDetail },
  },
  '/api/incidents/{id}/notes': { post: { summary: 'Add a note', roles: 'dpo,admin', body: obj({ text: str }, ['text']), status: 201 } },
  '/api/incidents/{id}/notification': { put: { summary: 'Edit the Form 08/03 fields', roles: 'dpo,admin', body: notification, response: notification } },
  '/api/incidents/{id}/notification.docx': { get: { summary: 'Form 08 (Decree 356) or Form 03 (Decree 13) as .docx; draft until breach confirmed', query: ['form'] } },
  '/api/incidents/{id}/subject-notice.docx': { get: { summary: 'Notice to data subjects (Decree 356 Art. 29) for location/biometric incidents' } },
  '/api/dashboard': { get: { summary: 'Dashboard figures', query: ['from', 'to'], response: { type: 'object' } } },
  '/api/reports/quarterly': { get: { summary: 'Quarterly statistics by type, workstation group, action (JSON or CSV)', query: ['year', 'quarter', 'format'], response: { type: 'object' } } },
  '/api/register.csv': { get: { summary: 'The incident register as CSV' } },
  '/api/profile': { get: { summary: 'Agency profile', response: profile }, put: { summary: 'Edit the agency profile', roles: 'admin', body: profile, response: profile } },
  '/api/groups': { get: { summary: 'Workstation groups', response: { type: 'object' } }, post: { summary: 'Create a group', roles: 'admin', body: obj({ name: str }, ['name']), status: 201 } },
  '/api/groups/{id}': { put: { summary: 'Rename a group', roles: 'admin', body: obj({ name: str }, ['name']) }, delete: { summary: 'Delete a group', roles: 'admin', status: 204 } },
  '/api/fleet': { get: { summary: 'Workstations with heartbeat state', response: { type: 'object' } } },
  '/api/fleet/{id}': { put: { summary: 'Assign a workstation to a group', roles: 'admin', body: obj({ group: { type: ['string', 'null'] } }) } },
  '/api/users': { get: { summary: 'Users', roles: 'admin' }, post: { summary: 'Create a user', roles: 'admin', body: obj({ name: str, role: str, password: str }, ['name', 'role', 'password']), status: 201 } },
  '/api/users/{name}': { patch: { summary: 'Change role, reset password, disable', roles: 'admin', body: obj({ role: str, password: str, disabled: bool }) }, delete: { summary: 'Delete a user', roles: 'admin', status: 204 } },
  '/api/policy': { get: { summary: 'Current policy and its versions' }, put: { summary: 'Publish a new policy version', roles: 'admin', body: obj({ policy: { type: 'object' }, comment: str }, ['policy']), status: 201 } },
  '/api/policy/diff': { get: { summary: 'Differences between two policy versions', query: ['from', 'to'], response: obj({ changes: { type: 'array', items: obj({ path: str, before: {}, after: {} }) } }) } },
  '/api/reidentify': { post: { summary: 'Match a user pseudonym against account names (audited)', roles: 'admin', body: obj({ user: str, accountNames: strArr, reason: str }, ['user', 'accountNames', 'reason']), response: obj({ matches: strArr }) } },
  '/api/audit': { get: { summary: 'Audit trail', roles: 'admin,dpo', query: ['page', 'pageSize'], response: { type: 'object' } } },
};

function operation(path: string, method: string, op: Op): object {
  const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: str }));
  for (const q of op.query ?? []) params.push({ name: q, in: 'query', required: false, schema: str });
  const code = String(op.status ?? 200);
  const ok = op.response
    ? { description: 'OK', content: { 'application/json': { schema: op.response } } }
    : path.endsWith('.docx') ? { description: 'OK', content: docx } : { description: 'OK' };
  return {
    summary: op.summary,
    ...(op.roles ? { 'x-roles': op.roles } : {}),
    security: path.startsWith('/v1/') ? [{ hubToken: [] }] : path === '/api/session' && method === 'post' ? [] : [{ session: [] }],
    parameters: params,
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: op.body } } } } : {}),
    responses: {
      [code]: ok,
      '400': { description: 'Bad input', content: { 'application/json': { schema: error } } },
      '401': { description: 'Unauthenticated', content: { 'application/json': { schema: error } } },
      '403': { description: 'Wrong role or CSRF token', content: { 'application/json': { schema: error } } },
    },
  };
}

export function openApiDocument(): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const [path, methods] of Object.entries(routes)) {
    paths[path] = Object.fromEntries(Object.entries(methods).map(([m, op]) => [m, operation(path, m, op)]));
  }
  return {
    openapi: '3.1.0',
    info: { title: 'PDP Guard hub', version: '1', description: 'See agent/hub/API.md. Mutating /api requests need the X-CSRF-Token header.' },
    components: {
      securitySchemes: {
        hubToken: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'pdp_hub_session' },
      },
      schemas: { Error: error, IncidentItem: incidentItem, IncidentDetail: incidentDetail, Profile: profile },
    },
    paths,
  };
}
