package cn.jianwu.hall.casequery;

import java.util.function.Supplier;

import cn.jianwu.casequery.api.lawyer.LawyerCheck;
import cn.jianwu.casequery.api.lawyer.LawyerCheckRequest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks case-query-service ({@code POST /internal/lawyers/check}) whether a lawyer acts in
 * a case, behind a circuit breaker with short timeouts: any failure is
 * {@link LawyerVerdict#UNAVAILABLE}, never an error for the person booking. Neither the
 * licence nor the case number is logged.
 */
public class LawyerChecks {

	private static final Logger log = LoggerFactory.getLogger(LawyerChecks.class);

	private final RestClient http;

	private final CircuitBreaker breaker;

	LawyerChecks(RestClient http, CircuitBreaker breaker) {
		this.http = http;
		this.breaker = breaker;
	}

	public LawyerVerdict check(String caseNumber, String licenceNumber) {
		Supplier<LawyerCheck> call = () -> this.http.post()
			.uri("/internal/lawyers/check")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(new LawyerCheckRequest(caseNumber, licenceNumber))
			.retrieve()
			.body(LawyerCheck.class);
		try {
			LawyerCheck answer = this.breaker.executeSupplier(call);
			return (answer != null && answer.acting()) ? LawyerVerdict.ACTING : LawyerVerdict.NOT_ACTING;
		}
		catch (CallNotPermittedException ex) {
			return LawyerVerdict.UNAVAILABLE;
		}
		catch (RestClientException ex) {
			log.warn("case-query-service did not answer the lawyer check: {}", ex.getClass().getSimpleName());
			return LawyerVerdict.UNAVAILABLE;
		}
	}

}
