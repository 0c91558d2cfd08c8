package cn.jianwu.channel.support.ledger;

import java.util.EnumSet;

import cn.jianwu.events.DeliveryStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerStatusTest {

	@Test
	void onlyTheEndsOfARowAreReportedAndEachAsItsOwnStatus() {
		assertThat(EnumSet.allOf(LedgerStatus.class)).filteredOn(LedgerStatus::isFinal)
			.containsExactlyInAnyOrder(LedgerStatus.DELIVERED, LedgerStatus.RETRACTED, LedgerStatus.FAILED,
					LedgerStatus.SKIPPED);
		assertThat(LedgerStatus.DELIVERED.reported()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(LedgerStatus.RETRACTED.reported()).isEqualTo(DeliveryStatus.RETRACTED);
		assertThat(LedgerStatus.FAILED.reported()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(LedgerStatus.SKIPPED.reported()).isEqualTo(DeliveryStatus.SKIPPED);
	}

	@Test
	void rowsStillWorkedOnReportNothing() {
		assertThat(EnumSet.of(LedgerStatus.QUEUED, LedgerStatus.IN_DOUBT, LedgerStatus.IN_PROGRESS,
				LedgerStatus.AWAITING_RESULT))
			.allSatisfy((status) -> {
				assertThat(status.isFinal()).isFalse();
				assertThat(status.reported()).isNull();
			});
	}

	@Test
	void aPostMayBeShownOnceItWasSentUntilItEndsWithoutBeingShown() {
		assertThat(EnumSet.allOf(LedgerStatus.class)).filteredOn(LedgerStatus::mayBeShown)
			.containsExactlyInAnyOrder(LedgerStatus.IN_PROGRESS, LedgerStatus.AWAITING_RESULT, LedgerStatus.DELIVERED);
	}

}
