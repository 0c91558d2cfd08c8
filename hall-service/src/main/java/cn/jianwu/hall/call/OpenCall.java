package cn.jianwu.hall.call;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A call as stored, with the number of responses it received.
 *
 * @param closedAt when the sweep closed it, {@code null} before
 * @param resultsSummary what staff wrote of the responses, {@code null} before
 * @param resultsItemId the item that publishes the results, {@code null} before
 */
record OpenCall(UUID id, String title, String body, String department, List<String> questions, Instant opensAt,
		Instant closesAt, UUID announcementItemId, Instant closedAt, String resultsSummary, String adopted,
		UUID resultsItemId, String createdBy, Instant createdAt, long responses) {

	OpenCall {
		questions = List.copyOf(questions);
	}

}
