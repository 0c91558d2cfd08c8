package cn.jianwu.channel.support.dispatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallDoubtTest {

	@Test
	void aCallIsInDoubtFromTheMomentItIsMadeUntilItIsAnswered() {
		CallDoubt doubt = new CallDoubt(false);
		int call = doubt.calling();
		assertThat(doubt.inDoubt()).isTrue();

		doubt.answered(call);
		assertThat(doubt.inDoubt()).isFalse();
	}

	@Test
	void aRowAlreadyInDoubtStaysSoUntilACallIsAnswered() {
		CallDoubt doubt = new CallDoubt(true);
		assertThat(doubt.inDoubt()).isTrue();

		doubt.answered(doubt.calling());
		assertThat(doubt.inDoubt()).isFalse();
	}

	@Test
	void theLateAnswerOfAReplacedCallDoesNotClearTheDoubtOfTheNewerOne() {
		CallDoubt doubt = new CallDoubt(false);
		int first = doubt.calling();
		doubt.calling();

		doubt.answered(first);
		assertThat(doubt.inDoubt()).isTrue();
	}

	@Test
	void anAnswerOnAThreadTheTimeLimitInterruptedDoesNotCount() {
		CallDoubt doubt = new CallDoubt(false);
		int call = doubt.calling();
		Thread.currentThread().interrupt();
		try {
			doubt.answered(call);
		}
		finally {
			Thread.interrupted();
		}
		assertThat(doubt.inDoubt()).isTrue();
	}

	@Test
	void aTimedOutCallIsInDoubtEvenAfterAnEarlierAnswer() {
		CallDoubt doubt = new CallDoubt(false);
		doubt.answered(doubt.calling());

		doubt.timedOut();
		assertThat(doubt.inDoubt()).isTrue();
	}

}
