// The V8 flags the agent runs with (the `agent` npm script and deploy/agent/
// spell the same flags): a small young generation and Maglev as the top tier
// keep its idle memory low. See the README's "The local agent → Figures".
export const AGENT_NODE_FLAGS = ['--max-semi-space-size=1', '--max-old-space-size=96', '--max-opt=2'];
