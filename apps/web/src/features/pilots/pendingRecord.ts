/**
 * The status dialog's offer "record a pilot right after": kept here for the instrument's pilots
 * section, which opens its form once the instrument is PILOTING. An offer older than a minute is
 * forgotten, so a cancelled dialog does not open the form much later.
 */
const pending = new Map<string, number>();
const MAX_AGE_MS = 60_000;

export function offerPilotRecording(instrumentId: string, wanted: boolean): void {
  if (wanted) pending.set(instrumentId, Date.now());
  else pending.delete(instrumentId);
}

/** True once per offer, when the offer is recent. */
export function takePilotRecordingOffer(instrumentId: string): boolean {
  const at = pending.get(instrumentId);
  pending.delete(instrumentId);
  return at !== undefined && Date.now() - at < MAX_AGE_MS;
}
