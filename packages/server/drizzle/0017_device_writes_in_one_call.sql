-- Several device writes in one call and one transaction (ADR 0008, amended): on the embedded database
-- every statement runs in the server's own thread, and the cost of a call and of its commit is larger
-- than the write itself, so the writes that arrive while one call runs go together in the next. Each
-- write is record_device_write as before, in its own subtransaction: one that fails answers 'failed'
-- with the database's message and leaves the others stored. Answers come in the order of p_writes.
CREATE OR REPLACE FUNCTION record_device_writes(p_writes jsonb) RETURNS jsonb AS $$
DECLARE
  v_write jsonb;
  v_answer jsonb;
  v_answers jsonb := '[]'::jsonb;
BEGIN
  FOR v_write IN SELECT value FROM jsonb_array_elements(p_writes) LOOP
    BEGIN
      v_answer := record_device_write(v_write->>'table', (v_write->>'patientId')::uuid,
                                      (v_write->>'expectedDataVersion')::bigint, v_write->'record',
                                      v_write->'alerts', v_write->'audit');
    EXCEPTION WHEN OTHERS THEN
      v_answer := jsonb_build_object('outcome', 'failed', 'message', SQLERRM);
    END;
    v_answers := v_answers || jsonb_build_array(v_answer);
  END LOOP;
  RETURN v_answers;
END;
$$ LANGUAGE plpgsql;
