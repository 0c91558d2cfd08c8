package cn.jianwu.hall.publication;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.redaction.Redaction;
import cn.jianwu.redaction.RedactionScanner;
import cn.jianwu.redaction.Redactor;
import cn.jianwu.redaction.names.FoundName;
import cn.jianwu.redaction.names.UnlistedNames;

import org.springframework.stereotype.Component;

/**
 * A message as the public may read it, by the rules disclosure-service applies to legal
 * documents (its {@code PublicText}): every person's name becomes surname + 某 and every
 * identifier is crossed out. Nobody lists the persons of a message, so the name finder
 * that checks items for forgotten names lists them here. Subject, question and answer are
 * read as one text, so that a person gets the same pseudonym (张某1, 张某2) in all three.
 */
@Component
class PublicMessageText {

	/** Joins the parts; it contains nothing any scanner rule could match or cross. */
	private static final String SEPARATOR = "\n\u2029\u2029\n";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final RedactionScanner scanner;

	private final UnlistedNames names;

	PublicMessageText(Clock clock, PublicationProperties properties) {
		// Birth dates in ID numbers are judged in the calendar they are written in.
		this.scanner = new RedactionScanner(clock.withZone(CHINA), properties.publicPhoneNumbers());
		this.names = new UnlistedNames(properties.publicOfficials());
	}

	Redacted redact(String subject, String question, String answer) {
		String safeAnswer = (answer != null) ? answer : "";
		int questionStart = subject.length() + SEPARATOR.length();
		int answerStart = questionStart + question.length() + SEPARATOR.length();
		String joined = subject + SEPARATOR + question + SEPARATOR + safeAnswer;
		List<String> persons = this.names.find(joined, List.of(), List.of()).stream().map(FoundName::name).toList();
		List<Redaction> inSubject = new ArrayList<>();
		List<Redaction> inQuestion = new ArrayList<>();
		List<Redaction> inAnswer = new ArrayList<>();
		for (Redaction redaction : this.scanner.scan(joined, persons)) {
			if (redaction.start() >= answerStart) {
				inAnswer.add(redaction.movedBy(-answerStart));
			}
			else if (redaction.start() >= questionStart) {
				inQuestion.add(redaction.movedBy(-questionStart));
			}
			else {
				inSubject.add(redaction);
			}
		}
		return new Redacted(Redactor.apply(subject, inSubject), Redactor.apply(question, inQuestion),
				Redactor.apply(safeAnswer, inAnswer));
	}

	/** The three parts, redacted. */
	record Redacted(String subject, String question, String answer) {
	}

}
