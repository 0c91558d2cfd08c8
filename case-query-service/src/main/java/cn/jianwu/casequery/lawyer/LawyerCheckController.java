package cn.jianwu.casequery.lawyer;

import java.util.regex.Pattern;

import cn.jianwu.casequery.api.lawyer.LawyerCheck;
import cn.jianwu.casequery.api.lawyer.LawyerCheckRequest;
import cn.jianwu.casequery.casefile.CaseNumbers;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/lawyers/check} (hall-service, from the channel callers' addresses
 * only): whether the licence number belongs to a current defender or agent of the case.
 * An unknown case, a malformed request and a lawyer not on the case all get the same
 * {@code acting = false}; the answer reveals nothing a caller could not learn from the
 * case's own papers, so it is neither throttled nor audited.
 */
@RestController
class LawyerCheckController {

	private static final Pattern LICENCE = Pattern.compile("[0-9]{17}");

	private final LawyerRepository lawyers;

	LawyerCheckController(LawyerRepository lawyers) {
		this.lawyers = lawyers;
	}

	@PostMapping("/internal/lawyers/check")
	LawyerCheck check(@RequestBody(required = false) LawyerCheckRequest request) {
		if (request == null || request.licenceNumber() == null || !LICENCE.matcher(request.licenceNumber()).matches()) {
			return LawyerCheck.notActing();
		}
		String caseNumber = CaseNumbers.normalise(request.caseNumber());
		if (!CaseNumbers.isValid(caseNumber)) {
			return LawyerCheck.notActing();
		}
		return this.lawyers.acting(caseNumber, request.licenceNumber()).orElseGet(LawyerCheck::notActing);
	}

}
