package cn.jianwu.casequery.api.desk;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code POST /api/cases/desk-query}: the officer checked the visitor's ID card in
 * person.
 *
 * @param caseNumber the case
 * @param visitorIdLast4 the last four of the visitor's ID number, for the audit
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeskQueryRequest(String caseNumber, String visitorIdLast4) {

	public DeskQueryRequest {
		caseNumber = (caseNumber != null) ? caseNumber.strip() : null;
		visitorIdLast4 = (visitorIdLast4 != null) ? visitorIdLast4.trim().toUpperCase(Locale.ROOT) : null;
	}

}
