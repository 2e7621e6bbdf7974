import { render } from 'preact';
import { ReportPage } from '@/components/ReportPage';
import '@/assets/fonts.css';
import './style.css';

// report.html?id=<reportId> (issue #4): the id comes from utils/history.ts saveReport.
render(<ReportPage id={new URLSearchParams(location.search).get('id')} />, document.getElementById('app')!);
