import { navigate } from '../../shared/router.js';
import { PsfsForm } from '../psfs/psfs-form.js';

export function PsfsPage() {
  return <PsfsForm onDone={() => navigate('/')} />;
}
