// The V8 flags the agent runs with (the `agent` npm script and deploy/agent/
// spell the same flags). A 1 MB young generation and Sparkplug, V8's baseline
// compiler, as the top tier keep an agent that sits idle all day small: the
// optimizing tiers (Maglev, TurboFan) cost about 4 MB of resident memory at
// idle and 25 MB after a burst, for a workload whose durable ingest stays well
// above its target without them. See the README's "The local agent → Figures".
export const AGENT_NODE_FLAGS = ['--max-semi-space-size=1', '--max-old-space-size=96', '--max-opt=1'];
