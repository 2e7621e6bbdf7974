export default defineBackground(() => {
  // Wiring only: audit orchestration lives in utils/ (issue #4).
});
