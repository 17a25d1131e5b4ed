package id.mpp.sdk.internal.queue;

import id.mpp.sdk.queue.QueueStore;
import id.mpp.sdk.queue.QueueStoreContractTest;

/** The in-memory store passes the store contract. */
class InMemoryQueueStoreContractTest extends QueueStoreContractTest {

  @Override
  protected QueueStore newStore() {
    return QueueStore.inMemory();
  }
}
