package cn.jianwu.channel.bulletin.screens;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.locks.ReentrantLock;

import cn.jianwu.channel.bulletin.agenda.AgendaPanel;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open event stream of one screen. Changes that happen while its snapshot is being
 * read are held back and sent after it, in order, so the page never applies a snapshot
 * over a newer change; the page applies changes by revision, so one it already has from
 * the snapshot does no harm.
 */
final class ScreenConnection {

	/** How long the page waits before reconnecting after the stream broke. */
	static final long RECONNECT_MILLIS = 3000;

	private final SseEmitter emitter;

	private final ReentrantLock lock = new ReentrantLock();

	private final Queue<ScreenChange> heldBack = new ArrayDeque<>();

	/** An agenda newer than the one the snapshot being read may carry. */
	private AgendaPanel agendaHeldBack;

	private volatile Screen screen;

	private boolean started;

	private volatile boolean open = true;

	ScreenConnection(Screen screen, SseEmitter emitter) {
		this.screen = screen;
		this.emitter = emitter;
	}

	Screen screen() {
		return this.screen;
	}

	SseEmitter emitter() {
		return this.emitter;
	}

	boolean isOpen() {
		return this.open;
	}

	/**
	 * Sends the snapshot (on connect, and again when ADMIN changed the screen), then
	 * whatever changed meanwhile.
	 * @return whether the stream is still open
	 */
	boolean start(Screen current, List<ScreenItem> items, AgendaPanel agenda, long seq) {
		this.lock.lock();
		try {
			this.screen = current;
			ScreenSnapshot snapshot = ScreenSnapshot.of(current, items, agenda);
			boolean sent = send(SseEmitter.event()
				.name("snapshot")
				.id(Long.toString(seq))
				.reconnectTime(RECONNECT_MILLIS)
				.data(snapshot, MediaType.APPLICATION_JSON));
			this.started = true;
			while (sent && !this.heldBack.isEmpty()) {
				sent = sendChange(this.heldBack.poll());
			}
			this.heldBack.clear();
			if (sent && this.agendaHeldBack != null && !this.agendaHeldBack.equals(agenda)) {
				sent = sendAgenda(this.agendaHeldBack);
			}
			this.agendaHeldBack = null;
			return sent;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Holds changes back until the next snapshot, which is about to be read. */
	void holdBack() {
		this.lock.lock();
		try {
			this.started = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Sends a change the screen should see.
	 * @return whether it went out (or waits for the snapshot)
	 */
	boolean deliver(ScreenChange change) {
		this.lock.lock();
		try {
			if (!this.started) {
				this.heldBack.add(change);
				return this.open;
			}
			return sendChange(change);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Sends the new agenda panel (the {@code agenda} event).
	 * @return whether it went out (or waits for the snapshot)
	 */
	boolean agenda(AgendaPanel agenda) {
		this.lock.lock();
		try {
			if (!this.started) {
				this.agendaHeldBack = agenda;
				return this.open;
			}
			return sendAgenda(agenda);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** A heartbeat; a stream that broke shows up here. */
	boolean ping() {
		this.lock.lock();
		try {
			return !this.started || send(SseEmitter.event()
				.name("ping")
				.data(Map.of("at", Instant.now().toString()), MediaType.APPLICATION_JSON));
		}
		finally {
			this.lock.unlock();
		}
	}

	void close() {
		this.open = false;
		complete();
	}

	void closed() {
		this.open = false;
	}

	private void complete() {
		try {
			this.emitter.complete();
		}
		catch (RuntimeException ex) {
			// already completed
		}
	}

	private boolean sendChange(ScreenChange change) {
		if (change.withdrawn()) {
			return send(SseEmitter.event()
				.name("withdrawn")
				.id(Long.toString(change.seq()))
				.data(new ScreenWithdrawal(change.itemId(), change.revision()), MediaType.APPLICATION_JSON));
		}
		if (!this.screen.shows(change.item().category())) {
			return true;
		}
		return send(SseEmitter.event()
			.name("item")
			.id(Long.toString(change.seq()))
			.data(change.item(), MediaType.APPLICATION_JSON));
	}

	private boolean sendAgenda(AgendaPanel agenda) {
		return send(SseEmitter.event().name("agenda").data(agenda, MediaType.APPLICATION_JSON));
	}

	private boolean send(SseEmitter.SseEventBuilder event) {
		if (!this.open) {
			return false;
		}
		try {
			this.emitter.send(event);
			return true;
		}
		catch (IOException | IllegalStateException ex) {
			// The screen went away. End the request too: the container may not notice
			// until the stream's timeout, and an open request holds a graceful shutdown.
			this.open = false;
			complete();
			return false;
		}
	}

}
