import { render } from 'preact';

function Popup() {
  return <main><h1>OIT Auditor</h1><p>ตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)</p></main>;
}

render(<Popup />, document.getElementById('app')!);
