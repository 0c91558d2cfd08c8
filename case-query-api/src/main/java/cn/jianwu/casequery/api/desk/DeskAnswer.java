package cn.jianwu.casequery.api.desk;

import java.util.List;

import cn.jianwu.casequery.api.casefile.PersonRole;
import cn.jianwu.casequery.api.query.CaseView;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code POST /api/cases/desk-query}.
 *
 * @param caseView the procedural information to tell the visitor (JSON: {@code case})
 * @param visitorMatchesAuthorisedPerson whether an authorised person of the case has
 * these last four (the officer still decides on the ID card)
 * @param visitorRoles the {@link PersonRole#label() roles} of those persons, as the
 * officer reads them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeskAnswer(@JsonProperty("case") CaseView caseView, boolean visitorMatchesAuthorisedPerson,
		List<String> visitorRoles) {

	public DeskAnswer {
		visitorRoles = (visitorRoles != null) ? List.copyOf(visitorRoles) : List.of();
	}

}
