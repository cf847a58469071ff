// PLACEHOLDER until branch rules-template is merged (this session): same API, no expansion.
import type { Labels } from '../model/labels.js';

export interface TemplateSample { labels: Labels; value: number }
export interface TemplateContext {
  timeMs: number;
  externalURL: string;
  query(q: string): Promise<TemplateSample[]>;
}
export class TemplateError extends Error {}
export function checkTemplate(_name: string, _text: string): void {}
export function expandAlertTemplate(_alertName: string, text: string, _data: { labels: Labels; externalLabels: Labels; externalURL: string; value: number }, _ctx: TemplateContext): Promise<string> {
  return Promise.resolve(text);
}
