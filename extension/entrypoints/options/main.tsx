import '../../lib/zod-jitless.ts';
import { render } from 'preact';
import { uiLanguage } from '../../lib/ui/i18n.ts';
import { Options } from './Options.tsx';

document.documentElement.lang = uiLanguage();
render(<Options />, document.getElementById('app')!);
