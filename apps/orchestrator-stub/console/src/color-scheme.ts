import { useEffect, useState } from 'preact/hooks';

const QUERY = '(prefers-color-scheme: dark)';

/** True while the system asks for a dark color scheme; follows changes. */
export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(QUERY);
    const update = (): void => setDark(media.matches);
    media.addEventListener('change', update);
    return () => media.removeEventListener('change', update);
  }, []);
  return dark;
}
