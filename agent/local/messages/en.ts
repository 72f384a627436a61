import type { Messages } from './vi.ts';

export const en: Messages = {
  firstStartToken: 'First start: created the extension access token in {path} (readable by this user only).',
  firstStartKey: 'No agency key file: created a local key {path}; tags correlate on this workstation only.',
  listening: 'PDP Guard agent listening on http://127.0.0.1:{port} (data: {data}).',
  portInUse: 'Port {port} is already in use (is another agent running?).',
  noHub: 'Not enrolled with a DPO hub: events are kept until `agent enroll --hub URL --token T` is run.',
  configError: 'Configuration error: {detail}',
  notRunning: 'Cannot reach the agent at {url} ({detail}). Is it running?',
  requestFailed: 'The agent refused the request: {status} {detail}',
  enrolled: 'Enrolled with hub {hub}; settings written to {path}. Restart the agent to apply them.',
  enrollMissing: 'Both --hub URL and --token T are required.',
  flushed: 'Delivered {delivered} events, {rejected} rejected, {remaining} remaining.',
  flushFailed: 'Not delivered yet: {error}. {remaining} events still queued.',
  statusLine: 'Queue: {queueDepth} events (oldest: {oldest}). Last delivery: {lastDelivery}. Hub: {hub}. Extension last seen: {extension}. Dropped: {dropped}; rejected: {rejected}. Policy: {policy} ({source}).',
  never: 'never',
  reachable: 'reachable',
  unreachable: 'unreachable',
  unknown: 'unknown',
  notConfigured: 'not configured',
  usage:
    'Usage: npm run agent -- [--port P] [--data DIR] [--hub URL] [--hub-token T] [--token T] [--extension-origin O,...] [--flush-interval S] [--key-file F] [--ca-file F]\n' +
    '       npm run agent -- status | flush | enroll --hub URL --token T [--name WORKSTATION]',
};
