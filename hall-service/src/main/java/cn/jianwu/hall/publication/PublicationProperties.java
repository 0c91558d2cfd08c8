package cn.jianwu.hall.publication;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the redaction of published messages needs to know of the institution
 * ({@code jianwu.hall.publication.*}), as disclosure-service's redaction does.
 *
 * @param publicOfficials names that may stand in a published answer (the chief
 * prosecutor, spokespersons); every other person's name becomes surname + 某
 * @param publicPhoneNumbers the institution's own published numbers, which answers quote
 * and which are not personal data
 */
@ConfigurationProperties("jianwu.hall.publication")
public record PublicationProperties(@DefaultValue List<String> publicOfficials,
		@DefaultValue List<String> publicPhoneNumbers) {

	public PublicationProperties {
		publicOfficials = List.copyOf(publicOfficials);
		publicPhoneNumbers = List.copyOf(publicPhoneNumbers);
	}

}
