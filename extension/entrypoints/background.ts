export default defineBackground(() => {
  // Filled by the extension issue: event outbox, tags, policy.
});
