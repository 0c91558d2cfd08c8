package cn.jianwu.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/**
 * The cluster cannot serve right now: it does not answer, is overloaded, or the index is
 * not there yet. Nothing is wrong with the request, so callers answer 503 or try again
 * later; they never show the cluster's own error.
 */
public class ElasticsearchUnavailableException extends RuntimeException {

	public ElasticsearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Turns a client failure into this exception when it means unavailability, else into
	 * an unchecked exception as it is.
	 * @param failure what the client threw
	 * @return the exception to throw
	 */
	public static RuntimeException translate(Exception failure) {
		if (isUnavailability(failure)) {
			return new ElasticsearchUnavailableException("Elasticsearch is unavailable: " + failure, failure);
		}
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		if (failure instanceof IOException io) {
			return new UncheckedIOException(io);
		}
		return new IllegalStateException(failure);
	}

	/**
	 * Whether a failure says the cluster cannot serve now rather than that it refused the
	 * request.
	 */
	public static boolean isUnavailability(Exception failure) {
		if (failure instanceof ElasticsearchUnavailableException || failure instanceof IOException) {
			return true;
		}
		if (failure instanceof ElasticsearchException ex) {
			return isUnavailability(ex.status(), (ex.error() != null) ? ex.error().type() : null);
		}
		return false;
	}

	/**
	 * Whether an answer's status and error type mean unavailability: overloaded (429),
	 * unreachable shards (5xx but 500), or an alias that is not there yet (the index is
	 * created when the cluster first answers).
	 */
	public static boolean isUnavailability(int status, String errorType) {
		return status == 429 || status == 502 || status == 503 || status == 504
				|| "index_not_found_exception".equals(errorType);
	}

}
