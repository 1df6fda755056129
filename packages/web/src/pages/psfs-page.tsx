import { navigate } from '../app/router.js';
import { PsfsForm } from './psfs-form.js';

export function PsfsPage() {
  return <PsfsForm onDone={() => navigate('/')} />;
}
