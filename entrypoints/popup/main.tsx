import { render } from 'preact';
import '@/components/theme.css';
import '@/components/card.css';
import './popup.css';
import { uiLang } from '@/lib/i18n/format';
import { PopupApp } from './App';
import { explicitTabId } from './target';

const lang = uiLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
render(<PopupApp lang={lang} explicitTab={explicitTabId(location.search)} />, document.getElementById('app')!);
