import { MAX_EVENTS_BODY_BYTES, MAX_EVENTS_PER_REQUEST } from '../../shared/event/schema.ts';
import { FINDING_TYPES } from '../../shared/detect/types.ts';
import { AGENT_VERSION } from './version.ts';

const error = {
  description: 'Refused; the body says why (never quoting the input).',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const guarded = {
  '401': error,
  '403': { ...error, description: 'Foreign Host (DNS rebinding) or a web-page Origin.' },
  '429': { ...error, description: 'Rate limit per client; see Retry-After.' },
};

/** The agent's API as OpenAPI 3.1, served at GET /v1/openapi.json. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'PDP Guard local agent',
    version: AGENT_VERSION,
    description:
      'Loopback-only API between the PDP Guard browser extension and the workstation agent. Every request needs `Authorization: Bearer <agent token>` and `Host: 127.0.0.1:<port>` or `localhost:<port>`; a request carrying an `Origin` must come from the extension (chrome-extension:// listed, or moz-extension://).',
  },
  servers: [{ url: 'http://127.0.0.1:7381' }],
  security: [{ bearer: [] }],
  paths: {
    '/v1/events': {
      post: {
        summary: `Store up to ${MAX_EVENTS_PER_REQUEST} incident events (≤ ${MAX_EVENTS_BODY_BYTES / 1024} KB) for delivery to the hub`,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', required: ['events'], properties: { events: { type: 'array', minItems: 1, maxItems: MAX_EVENTS_PER_REQUEST, items: { $ref: '#/components/schemas/Event' } } } } } },
        },
        responses: {
          '200': {
            description: 'Stored durably (fsynced) before this answer. An id sent again is accepted and stored once.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/EventsResponse' } } },
          },
          '400': { ...error, description: 'Malformed JSON or not {"events": [...]}.' },
          '413': { ...error, description: 'Body too large.' },
          '415': { ...error, description: 'Content-Type is not application/json.' },
          '422': { ...error, description: 'No event in the request is valid; `rejected` lists why.' },
          ...guarded,
        },
      },
    },
    '/v1/policy': {
      get: {
        summary: 'The policy to apply: from the hub, else the last cached copy, else the built-in default',
        parameters: [{ name: 'If-None-Match', in: 'header', schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'The policy (interfaces.md §6). Headers: ETag, X-PDP-Policy-Source (hub|cache|builtin).',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Policy' } } },
          },
          '304': { description: 'Unchanged since the ETag given.' },
          ...guarded,
        },
      },
    },
    '/v1/status': {
      get: {
        summary: 'Queue depth, oldest undelivered event, last delivery, hub reachability, extension last seen',
        responses: { '200': { description: 'Status', content: { 'application/json': { schema: { $ref: '#/components/schemas/Status' } } } }, ...guarded },
      },
    },
    '/v1/flush': {
      post: {
        summary: 'Deliver the queue to the hub now, ignoring any backoff',
        responses: {
          '200': {
            description: 'Result of the attempt',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { delivered: { type: 'integer' }, rejected: { type: 'integer' }, remaining: { type: 'integer' }, hubReachable: { type: ['boolean', 'null'] }, error: { type: ['string', 'null'] } },
                },
              },
            },
          },
          '409': { ...error, description: 'No hub configured.' },
          ...guarded,
        },
      },
    },
    '/metrics': {
      get: { summary: 'Prometheus text exposition', responses: { '200': { description: 'text/plain; version=0.0.4' }, ...guarded } },
    },
    '/v1/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' }, ...guarded } } },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The agent token from <data>/agent.json (key "token") or --token / PDP_AGENT_TOKEN.' } },
    schemas: {
      Error: { type: 'object', required: ['error', 'detail'], properties: { error: { type: 'string' }, detail: { type: 'string' } } },
      Finding: {
        type: 'object',
        required: ['type', 'category', 'count', 'distinct', 'masked', 'tags', 'rules'],
        properties: {
          type: { enum: [...FINDING_TYPES] },
          category: { enum: ['basic', 'sensitive'] },
          count: { type: 'integer', minimum: 0 },
          distinct: { type: 'integer', minimum: 0 },
          masked: { type: 'array', maxItems: 3, items: { type: 'string', description: 'record mask, e.g. **********45' } },
          tags: { type: 'array', maxItems: 20, items: { type: 'string', pattern: '^[0-9a-f]{4}$' } },
          rules: { type: 'array', items: { type: 'string' } },
        },
      },
      Event: {
        type: 'object',
        description: 'interfaces.md §3. Every string is re-masked by the agent before it is stored.',
        required: ['schemaVersion', 'id', 'occurredAt', 'site', 'channel', 'action', 'decision', 'findings', 'summary', 'extensionVersion', 'policyVersion'],
        properties: {
          schemaVersion: { const: 1 },
          id: { type: 'string', format: 'uuid' },
          occurredAt: { type: 'string', format: 'date-time' },
          site: { type: 'string' },
          frameOrigin: { type: 'string' },
          channel: { enum: ['input', 'paste', 'drop', 'submit', 'upload'] },
          action: { enum: ['allow', 'audit', 'warn', 'block', 'block_with_override', 'mask'] },
          decision: { enum: ['proceeded', 'cancelled', 'masked', 'blocked', 'audited', 'false_positive'] },
          findings: { type: 'array', items: { $ref: '#/components/schemas/Finding' } },
          summary: { type: 'object', properties: { total: { type: 'integer' }, distinct: { type: 'integer' }, looksLikeList: { type: 'boolean' } } },
          file: { type: 'object', properties: { kind: { type: 'string' }, sizeBytes: { type: 'integer' } } },
          justification: { type: 'string', maxLength: 500 },
          extensionVersion: { type: 'string' },
          policyVersion: { type: 'string' },
        },
      },
      EventsResponse: {
        type: 'object',
        properties: {
          accepted: { type: 'array', items: { type: 'string' } },
          rejected: { type: 'array', items: { type: 'object', properties: { id: { type: 'string', description: 'the event id, or #<index> when the id itself was invalid' }, reason: { type: 'string' } } } },
        },
      },
      Policy: { type: 'object', description: 'interfaces.md §6', required: ['version'], properties: { version: { type: 'string' } }, additionalProperties: true },
      Status: {
        type: 'object',
        properties: {
          agentVersion: { type: 'string' },
          agentId: { type: 'string' },
          workstation: { type: 'string' },
          hubConfigured: { type: 'boolean' },
          hubReachable: { type: ['boolean', 'null'] },
          queueDepth: { type: 'integer' },
          queueBytes: { type: 'integer' },
          oldestUndelivered: { type: ['string', 'null'], format: 'date-time' },
          lastDelivery: { type: ['string', 'null'], format: 'date-time' },
          extensionLastSeen: { type: ['string', 'null'], format: 'date-time' },
          dropped: { type: 'integer', description: 'total dropped (outbox full or too old) since the data folder was created' },
          rejected: { type: 'integer', description: 'total refused by the hub' },
          rejectedHeld: { type: 'integer', description: 'refused events kept aside now' },
          policyVersion: { type: 'string' },
          policySource: { enum: ['hub', 'cache', 'builtin'] },
          compileCache: { enum: ['off', 'filled', 'used'], description: "Node's compile cache (NODE_COMPILE_CACHE): used = no TypeScript was stripped at this start" },
        },
        additionalProperties: true,
      },
    },
  },
} as const;
