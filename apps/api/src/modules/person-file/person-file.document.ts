import { type DocumentNode, parse } from 'graphql';

/**
 * What a person's whole file holds: the one query both the print page (the web app's
 * `PersonFile` document, checked equal to this by test/e2e/person-file.e2e-spec.ts) and the archive
 * job run, so the printed file and `person.json` carry the same records. `person.json` is this
 * query's `personFile` answer; docs/person-file.schema.json is derived from it
 * (person-file-schema.ts). A field added here is added to both, and to the schema.
 */
export const PERSON_FILE_QUERY = /* GraphQL */ `
  query PersonFile($id: ID!, $purpose: String!) {
    personFile(id: $id, purpose: $purpose) {
      purpose
      producedAt
      producedBy { id displayName role }
      returnee {
        id status fullName otherNames dateOfBirth sex citizenId
        permanentAddress currentAddress residentialGroup returnedOn createdAt updatedAt
        familyContacts { name relation phone }
        unit { id code name level }
        releaseNotices {
          id receivedOn prison expectedReleaseOn statedAddress verificationDueOn verifiedOn verificationResult
        }
        releases { id type certificateNumber releasedOn prison probationEndsOn }
        receptions {
          id receivedOn meetingRecordNumber pledgeSigned informationSheetDone needs
          officer { id displayName }
        }
        convictions {
          id court judgmentNumber judgmentDate penalCodeArticle penalCodeChapter severity intentional
          ageAtOffence mainPenalty prisonMonths mainPenaltyCompletedOn
          supplementaryPenalties { id kind startsOn endsOn }
          obligations { id kind amountVnd settledOn }
        }
        expungementForecast { route eligibleOn waitingMonths }
        classifications { id periodStart periodEnd group reasons }
        employmentPeriods { id status employerName startedOn endedOn endReason verifiedOn }
        supports {
          id type status providerName amountVnd fundingSource startedOn completedOn outcome
          providerOrganisation { id name }
        }
        helpers(active: null) {
          id helperName helperPhone role startedOn endedOn endReason
          organisation { id name }
        }
        contacts {
          id contactedOn channel notes nextAction
          recordedBy { id displayName }
        }
        incidents { id kind occurredOn note }
        tasks { id kind title dueOn completedAt note owner { id displayName } }
        transfers {
          id transferredOn reason
          fromUnit { id code name }
          toUnit { id code name }
        }
        closures { id reason closedOn proofNumber proofDate note reopenedOn reopenReason }
      }
      documents {
        id kind numberSymbol issuedOn issuer title summary
        file { name mimeType sizeBytes }
      }
      accessHistory {
        id occurredAt action objectType objectId fields actorRole purpose
        actor { id displayName }
      }
    }
  }
`;

let parsed: DocumentNode | null = null;
/** The query, parsed once per process. */
export function personFileDocument(): DocumentNode {
  parsed ??= parse(PERSON_FILE_QUERY);
  return parsed;
}
