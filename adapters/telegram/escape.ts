/** Escapes text for Telegram's HTML parse mode: the only entities it knows are these four. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c as keyof typeof ESCAPES]);
}

const ESCAPES = Object.freeze({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" });
