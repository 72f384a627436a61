import { render } from 'preact';
import { uiLanguage } from '../../lib/ui/i18n.ts';
import { Popup } from './Popup.tsx';

document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
