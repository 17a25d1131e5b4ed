package id.mpp.sdk.internal.queue;

import static id.mpp.sdk.queue.TicketCommand.CALL;
import static id.mpp.sdk.queue.TicketCommand.CANCEL;
import static id.mpp.sdk.queue.TicketCommand.CONFIRM_PRINT;
import static id.mpp.sdk.queue.TicketCommand.DELAY_ELAPSED;
import static id.mpp.sdk.queue.TicketCommand.EXPIRE;
import static id.mpp.sdk.queue.TicketCommand.FAIL_PRINT;
import static id.mpp.sdk.queue.TicketCommand.FINISH;
import static id.mpp.sdk.queue.TicketCommand.NO_SHOW;
import static id.mpp.sdk.queue.TicketCommand.PARK;
import static id.mpp.sdk.queue.TicketCommand.PRINT_TIMEOUT;
import static id.mpp.sdk.queue.TicketCommand.RECALL;
import static id.mpp.sdk.queue.TicketCommand.REINSTATE;
import static id.mpp.sdk.queue.TicketCommand.RELEASE;
import static id.mpp.sdk.queue.TicketCommand.RETURN_TO_QUEUE;
import static id.mpp.sdk.queue.TicketCommand.START_SERVING;
import static id.mpp.sdk.queue.TicketCommand.TRANSFER;
import static id.mpp.sdk.queue.TicketState.CALLED;
import static id.mpp.sdk.queue.TicketState.CANCELLED;
import static id.mpp.sdk.queue.TicketState.DELAYED;
import static id.mpp.sdk.queue.TicketState.DONE;
import static id.mpp.sdk.queue.TicketState.EXPIRED;
import static id.mpp.sdk.queue.TicketState.ISSUING;
import static id.mpp.sdk.queue.TicketState.PARKED;
import static id.mpp.sdk.queue.TicketState.SERVING;
import static id.mpp.sdk.queue.TicketState.WAITING;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.queue.TicketCommand;
import id.mpp.sdk.queue.TicketState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The ticket state machine as data: for each state, the commands it accepts and the states they
 * may lead to. {@code docs/en/queue.md} shows the same table.
 */
public final class Transitions {

  private static final Map<TicketState, Map<TicketCommand, Set<TicketState>>> TABLE =
      new EnumMap<>(TicketState.class);

  static {
    allow(ISSUING, CONFIRM_PRINT, WAITING);
    allow(ISSUING, FAIL_PRINT, CANCELLED);
    allow(ISSUING, PRINT_TIMEOUT, CANCELLED);
    allow(ISSUING, EXPIRE, EXPIRED);

    allow(WAITING, CALL, CALLED);
    allow(WAITING, CANCEL, CANCELLED);
    allow(WAITING, TRANSFER, WAITING, DELAYED);
    allow(WAITING, EXPIRE, EXPIRED);

    allow(DELAYED, DELAY_ELAPSED, WAITING);
    allow(DELAYED, CANCEL, CANCELLED);
    allow(DELAYED, TRANSFER, WAITING, DELAYED);
    allow(DELAYED, EXPIRE, EXPIRED);

    allow(CALLED, RECALL, CALLED, TicketState.NO_SHOW);
    allow(CALLED, START_SERVING, SERVING);
    allow(CALLED, NO_SHOW, TicketState.NO_SHOW);
    allow(CALLED, RETURN_TO_QUEUE, WAITING);
    allow(CALLED, TRANSFER, WAITING, DELAYED);
    allow(CALLED, CANCEL, CANCELLED);
    allow(CALLED, EXPIRE, EXPIRED);

    allow(SERVING, FINISH, DONE, WAITING);
    allow(SERVING, TRANSFER, WAITING, DELAYED);
    allow(SERVING, PARK, PARKED);
    allow(SERVING, CANCEL, CANCELLED);
    allow(SERVING, EXPIRE, EXPIRED);

    allow(PARKED, CALL, CALLED);
    allow(PARKED, RELEASE, WAITING);
    allow(PARKED, TRANSFER, WAITING, DELAYED);
    allow(PARKED, CANCEL, CANCELLED);
    allow(PARKED, EXPIRE, EXPIRED);

    allow(TicketState.NO_SHOW, REINSTATE, WAITING);
  }

  private Transitions() {
  }

  private static void allow(TicketState from, TicketCommand command, TicketState first,
      TicketState... more) {
    TABLE.computeIfAbsent(from, k -> new EnumMap<>(TicketCommand.class))
        .put(command, EnumSet.of(first, more));
  }

  /**
   * Whether a state accepts a command at all.
   *
   * @param from the current state
   * @param command the command
   * @return {@code true} when the table has a row for them
   */
  public static boolean accepts(TicketState from, TicketCommand command) {
    Map<TicketCommand, Set<TicketState>> row = TABLE.get(from);
    return row != null && row.containsKey(command);
  }

  /**
   * Checks that a state accepts a command, before the command works out its target.
   *
   * @param number the ticket number, for the message
   * @param from the current state
   * @param command the command
   * @throws ConflictException {@code illegal_transition} when it does not
   */
  public static void checkAccepts(String number, TicketState from, TicketCommand command) {
    if (!accepts(from, command)) {
      throw illegal(number, from, command);
    }
  }

  /**
   * Checks a whole transition.
   *
   * @param number the ticket number, for the message
   * @param from the current state
   * @param command the command
   * @param to the target state
   * @throws ConflictException {@code illegal_transition} when the table does not allow it
   */
  public static void check(String number, TicketState from, TicketCommand command,
      TicketState to) {
    Map<TicketCommand, Set<TicketState>> row = TABLE.get(from);
    Set<TicketState> targets = row == null ? null : row.get(command);
    if (targets == null || !targets.contains(to)) {
      throw illegal(number, from, command);
    }
  }

  private static ConflictException illegal(String number, TicketState from,
      TicketCommand command) {
    Map<TicketCommand, Set<TicketState>> row = TABLE.get(from);
    String allowed = row == null || row.isEmpty() ? "none (it is final)" : row.keySet().toString();
    return new ConflictException("illegal_transition", "ticket " + number + " is " + from
        + "; " + command + " is not allowed there (allowed: " + allowed + ")");
  }

  /**
   * Whether a ticket in a state is finished for good.
   *
   * @param state the state
   * @return {@code true} for DONE, CANCELLED and EXPIRED
   */
  public static boolean isFinal(TicketState state) {
    return state == DONE || state == CANCELLED || state == EXPIRED;
  }
}
