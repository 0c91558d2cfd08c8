package cn.jianwu.hall.api.call;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An open call, as the public and staff see it ({@code GET /api/public/calls}, {@code GET
 * /api/hall/staff/calls/{id}}).
 *
 * @param id the call's id
 * @param title one line
 * @param body what it is about
 * @param department who runs it
 * @param opensAt when responses are first taken
 * @param closesAt when they stop
 * @param questions the questions asked
 * @param state where it stands
 * @param announcementItemId the disclosure item announcing it
 * @param responses how many responses it received
 * @param resultsItemId the disclosure item with its results, once published
 * @param resultsSummary what the responses said, once published
 * @param adopted what was adopted, once published
 */
public record CallView(UUID id, String title, String body, String department, Instant opensAt, Instant closesAt,
		List<String> questions, CallState state, UUID announcementItemId, long responses, UUID resultsItemId,
		String resultsSummary, String adopted) {

	public CallView {
		questions = List.copyOf(questions);
	}

}
