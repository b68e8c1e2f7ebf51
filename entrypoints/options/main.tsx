import { render } from 'preact';
import '@/components/theme.css';
import './options.css';
import { uiLang } from '@/lib/i18n/format';
import { OptionsApp } from './App';

const lang = uiLang(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
render(<OptionsApp lang={lang} />, document.getElementById('app')!);
