package cn.jianwu.disclosure.redaction;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the redaction rules need to know of the institution itself.
 *
 * @param publicPhoneNumbers the institution's own published telephone numbers, which
 * documents quote and which are not personal data
 */
@ConfigurationProperties("jianwu.redaction")
record RedactionProperties(List<String> publicPhoneNumbers) {

	RedactionProperties {
		publicPhoneNumbers = (publicPhoneNumbers != null)
				? publicPhoneNumbers.stream().filter((number) -> number != null && !number.isBlank()).toList()
				: List.of();
	}

}
