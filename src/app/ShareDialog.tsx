import { useId, useMemo, useState } from 'react';
import { SCENE_IDS, SCENES, type SceneId } from '../content/scenes';
import { buildIframeSnippet, buildShareLink } from '../embed/snippet';
import { sceneMode } from '../store/urlState';
import { currentUrlState } from '../store/urlWriter';
import { setShareOpen } from '../store/actions';
import { REPLAY_COPY } from '../panel/failures/replayCopy';
import { designNow } from './shareDesign';
import { URL_COMPARES, type UrlCompare } from '../url/params';
import { Dialog } from './Dialog';
import { t } from '../i18n/t';
import { localize } from '../i18n/localize';

function baseUrl(): string {
  const { origin, pathname } = window.location;
  return origin === 'null' || origin.startsWith('file:') ? window.location.href.split('?')[0]! : `${origin}${pathname}`;
}

/** Writes the link and the iframe snippet for the current view, so authors never edit parameters by hand. */
export default function ShareDialog() {
  const [panel, setPanel] = useState(true);
  const [controls, setControls] = useState(true);
  const [failure, setFailure] = useState<'keep' | 'none' | 'spof'>('keep');
  const [scene, setScene] = useState<SceneId | 'all'>(() => currentUrlState().scene ?? 'all');
  const [compare, setCompare] = useState<UrlCompare | 'none'>('none');
  const [design, setDesign] = useState<'keep' | 'none'>('keep');
  const [played] = useState(designNow);
  const [copied, setCopied] = useState('');
  const id = useId();
  const state = useMemo(() => {
    const s = currentUrlState();
    const only = scene === 'all' ? null : scene;
    const fixed = only === null && design === 'keep';
    const kept = failure === 'keep' ? s.failure : failure === 'spof' ? ('spof' as const) : null;
    return {
      ...s,
      panel,
      controls,
      // The one-server stack has no balancer to take down.
      failure: kept === 'lb' && !fixed ? null : kept,
      scene: only,
      mode: sceneMode(only, s.mode),
      embed: false,
      compare: only === null && compare !== 'none' ? compare : null,
      // A scene alone shows the one-server stack it explains.
      ...(fixed ? {} : { fixes: [], servers: null }),
    };
  }, [panel, controls, failure, scene, compare, design]);
  const whole = scene === 'all';
  const link = buildShareLink(baseUrl(), state);
  const snippet = buildIframeSnippet(baseUrl(), state);

  const copy = async (text: string, what: 'link' | 'snippet') => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what === 'link' ? t('Link copied.') : t('Embed code copied.'));
    } catch {
      setCopied(what === 'link' ? t('Could not copy automatically; select the link and copy it.') : t('Could not copy automatically; select the embed code and copy it.'));
    }
  };

  return (
    <Dialog title={t('Share or embed this view')} onClose={() => setShareOpen(false)} className="share">
      <fieldset className="share__options">
        <legend>{t('What the embedded tool shows')}</legend>
        <label className="field share__scene">
          <span>{t('Show')}</span>
          <select value={scene} onChange={(e) => setScene(e.target.value as typeof scene)} aria-describedby={`${id}-scene-hint`}>
            <option value="all">{t('The whole tool')}</option>
            {SCENE_IDS.map((sc) => (
              <option key={sc} value={sc}>
                {t('One scene: {scene}', { scene: localize(SCENES[sc]).title.toLowerCase() })}
              </option>
            ))}
          </select>
        </label>
        <p id={`${id}-scene-hint`} className="muted share__hint">
          {whole
            ? t('For a frame of 800 × 560 or smaller, one scene fits better: the diagram with one control and its chart.')
            : t('The scene fits an 800 × 560 frame with no scrolling: the diagram, its caption, the control and its chart.')}
        </p>
        <label className="switch">
          <input type="checkbox" checked={panel} disabled={!whole} onChange={(e) => setPanel(e.target.checked)} /> {t('Explanation panel')}
        </label>
        <label className="switch">
          <input type="checkbox" checked={controls} disabled={!whole} onChange={(e) => setControls(e.target.checked)} /> {t('Playback controls')}
        </label>
        <label className="field">
          <span>{t('Starting failure')}</span>
          <select value={failure} onChange={(e) => setFailure(e.target.value as typeof failure)}>
            <option value="keep">{t('As now')}</option>
            <option value="none">{t('None')}</option>
            <option value="spof">{t('Single point of failure (server down)')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('Open at a fix, replayed')}</span>
          <select value={compare} disabled={!whole} onChange={(e) => setCompare(e.target.value as typeof compare)}>
            <option value="none">{t('No')}</option>
            {URL_COMPARES.map((c) => (
              <option key={c} value={c}>
                {localize(REPLAY_COPY[c]).button}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('Design played')}</span>
          <select value={design} disabled={!whole || played === null} onChange={(e) => setDesign(e.target.value as typeof design)}>
            <option value="keep">{t('As now: {design}', { design: played ?? t('the one-server stack') })}</option>
            <option value="none">{t('The one-server stack')}</option>
          </select>
        </label>
      </fieldset>
      <label className="share__label" htmlFor={`${id}-link`}>
        {t('Link to this view')}
      </label>
      <div className="share__row">
        <input id={`${id}-link`} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" className="btn" onClick={() => void copy(link, 'link')}>
          {t('Copy link')}
        </button>
      </div>
      <label className="share__label" htmlFor={`${id}-snippet`}>
        {t('Embed code (paste into your course page)')}
      </label>
      <div className="share__row">
        <textarea id={`${id}-snippet`} readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
        <button type="button" className="btn" onClick={() => void copy(snippet, 'snippet')}>
          {t('Copy embed code')}
        </button>
      </div>
      <p role="status" className="muted">
        {copied}
      </p>
      <p className="muted">{t('The same seed replays the same traffic. The embedded tool can also be driven from the host page; see the README’s message API.')}</p>
    </Dialog>
  );
}
