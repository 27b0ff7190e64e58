/** The operations are written in pilots.graphql; codegen types them in pilots.generated.ts (`npm run codegen`). */
export {
  InstrumentPilotsSummaryFragmentDoc as InstrumentPilotsSummaryFragment,
  InstrumentPilotsDocument as InstrumentPilotsQuery,
  RecordPilotDocument as RecordPilotMutation,
  UpdatePilotDocument as UpdatePilotMutation,
  InvitePilotMemberDocument as InvitePilotMemberMutation,
  AddPilotFeedbackDocument as AddPilotFeedbackMutation,
} from './pilots.generated';
