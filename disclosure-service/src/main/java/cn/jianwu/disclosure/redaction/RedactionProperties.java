package cn.jianwu.disclosure.redaction;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the redaction rules need to know of the institution itself.
 *
 * @param publicPhoneNumbers the institution's own published telephone numbers, which
 * documents quote and which are not personal data
 * @param publicOfficials names of officials who are named in disclosures in their office
 * (the chief prosecutor, spokespersons, people's supervisors) beside the staff accounts
 */
@ConfigurationProperties("jianwu.redaction")
record RedactionProperties(List<String> publicPhoneNumbers, List<String> publicOfficials) {

	RedactionProperties {
		publicPhoneNumbers = nonBlank(publicPhoneNumbers);
		publicOfficials = nonBlank(publicOfficials);
	}

	private static List<String> nonBlank(List<String> values) {
		return (values != null) ? values.stream().filter((value) -> value != null && !value.isBlank()).toList()
				: List.of();
	}

}
