/**
 * The scenes of the lesson: the three ways the one-server stack breaks, each with one control and one
 * chart, and the journey of one request. A course page can show any one of them alone (`?scene=`).
 * Only the ids live here, in the first view's bundle; the words are in `scenes.ts`, loaded with the scenes.
 */

/** Every scene a URL can ask for. */
export const SCENE_IDS = ['spof', 'deploy', 'scale', 'journey'] as const;
export type SceneId = (typeof SCENE_IDS)[number];

/** The scenes of the "Break it" tab, in the order the tab shows them. */
export const BREAK_SCENE_IDS = ['spof', 'deploy', 'scale'] as const;
export type BreakSceneId = (typeof BREAK_SCENE_IDS)[number];

export function isBreakScene(id: unknown): id is BreakSceneId {
  return (BREAK_SCENE_IDS as readonly unknown[]).includes(id);
}

