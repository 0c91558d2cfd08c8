package cn.jianwu.casequery.api.casefile;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What an import ({@code POST /api/cases/import}) did or, in a dry run, would do.
 *
 * @param imported whether anything was stored
 * @param dryRun whether it was only checked
 * @param cases cases in the import
 * @param created cases created
 * @param eventsAdded steps recorded
 * @param issuedCredentials credentials issued, each with its code (shown this once)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportReport(boolean imported, boolean dryRun, int cases, int created, int eventsAdded,
		List<IssuedCredential> issuedCredentials) {

	public ImportReport {
		issuedCredentials = (issuedCredentials != null) ? List.copyOf(issuedCredentials) : List.of();
	}

}
