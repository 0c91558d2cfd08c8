package cn.jianwu.casequery.api.query;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code POST /api/cases/query} (and channel-wechat's
 * {@code POST /internal/credentials/resolve}).
 *
 * @param queryCode the 12-digit query code; spaces and dashes people group the digits
 * with are dropped
 * @param idLast4 the last four characters of the ID number (X allowed last), upper case
 * @param channel where the query comes from (default: the {@code X-Query-Channel} header,
 * else {@link QueryChannel#WEB}); never {@link QueryChannel#DESK}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicQueryRequest(String queryCode, String idLast4, QueryChannel channel) {

	public PublicQueryRequest {
		queryCode = (queryCode != null) ? queryCode.replaceAll("[\\s\\-]", "") : null;
		idLast4 = (idLast4 != null) ? idLast4.trim().toUpperCase(Locale.ROOT) : null;
	}

	@Override
	public String toString() {
		// the code and the digits are a credential: never in a log line
		return "PublicQueryRequest[" + this.channel + "]";
	}

}
