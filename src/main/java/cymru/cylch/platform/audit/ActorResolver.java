package cymru.cylch.platform.audit;

/** Says who is acting in the current request; the security part of the platform supplies it. */
public interface ActorResolver {

    Actor current();
}
