import { render } from 'preact';
import { OptionsForm } from '@/components/OptionsForm';
import '@/assets/fonts.css';
import './style.css';

render(<OptionsForm />, document.getElementById('app')!);
