export {
  renderComment,
  renderJobSummary,
  stickyMarker,
  COMMENT_LIMIT,
  JOB_SUMMARY_LIMIT,
  type RenderContext,
} from './markdown.js';
export { renderTerminal, shouldUseColor, type TerminalOptions } from './terminal.js';
export { codeSpan, escapeMarkdown, escapeTerminal, escapeWorkflowCommands, isRunUrl } from './escape.js';
