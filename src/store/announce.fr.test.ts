import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCatalog } from '../i18n/t';
import { FR } from '../i18n/fr';
import type { Player } from '../playback/player';
import { selectUntrusted } from './actions';
import { followDesign } from './designActions';
import { INITIAL_UI, useUi } from './ui';

beforeEach(() => {
  setCatalog('fr', FR);
  useUi.setState(INITIAL_UI);
});
afterEach(() => setCatalog('en', null));

describe('the store’s notices and announcements in French', () => {
  it('writes a notice in French when it is raised, and keeps it so', () => {
    expect(selectUntrusted('load-balancer-9')).toBe(false);
    setCatalog('en', null);
    expect(useUi.getState().notices).toEqual(['Aucun composant ne s’appelle «\u202fload-balancer-9\u202f»\u202f; affichage de la vue par défaut.']);
  });

  it('announces a new design and a new size in French', () => {
    const stop = followDesign({ rebuild: vi.fn(), play: vi.fn() } as unknown as Player);
    useUi.setState({ fixes: ['lb', 'replica'], servers: 3 });
    expect(useUi.getState().announcement?.text).toBe('Architecture affichée\u202f: 3 serveurs derrière HAProxy, une réplique MySQL.');
    useUi.setState({ workers: 8, cores: 4 });
    expect(useUi.getState().announcement?.text).toBe('Chaque serveur a désormais 8 workers d’application sur 4 cœurs de processeur.');
    useUi.setState({ fixes: [], servers: null });
    expect(useUi.getState().announcement?.text).toBe('Retour à la pile à un seul serveur.');
    stop();
  });
});
