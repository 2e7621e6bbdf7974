import { render } from 'preact';
import { OptionsForm } from '@/components/OptionsForm';
import '../popup/fonts.css';
import './style.css';

render(<OptionsForm />, document.getElementById('app')!);
