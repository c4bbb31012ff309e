/**
 * Content and model text of the lessons area that is shown through `localize` or `tx`: the parity test walks it.
 * Only the prose fields: the objects also hold ids (cards, scenes, diagram elements) that are never shown, and
 * misconception references, which are matched on the English cards and shown through the explanations' text.
 */
import { GLOSSARY, GLOSSARY_IDS } from '../../content/glossary';
import { QUESTIONS } from '../../content/questions';
import { REHEARSAL } from '../../content/rehearsal';
import { WALKTHROUGH } from '../../content/walkthrough';

export const LOCALIZED: readonly unknown[] = [
  WALKTHROUGH.map(({ title, text }) => ({ title, text })),
  QUESTIONS.map(({ prompt, choices, why }) => ({ prompt, choices: choices.map((c) => c.text), why })),
  REHEARSAL.map(({ prompt, modelAnswer, checklist }) => ({ prompt, modelAnswer, checklist })),
  GLOSSARY_IDS.map((id) => GLOSSARY[id].definition),
];
