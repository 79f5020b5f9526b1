from django.utils import timezone
from rest_framework import serializers

from core import bounds
from core.api import ReasonSerializer


class AssemblySizeSerializer(serializers.Serializer):
    seats = serializers.IntegerField()


class CountCandidateSerializer(serializers.Serializer):
    name = serializers.CharField()
    name_votes = serializers.IntegerField(min_value=0, max_value=bounds.MAX_COUNT)


class CountInputSerializer(serializers.Serializer):
    seats = serializers.IntegerField(min_value=1, max_value=bounds.MAX_SEATS)
    valid_ballots = serializers.IntegerField(min_value=0, max_value=bounds.MAX_COUNT)
    list_votes = serializers.IntegerField(min_value=0, max_value=bounds.MAX_COUNT)
    candidates = CountCandidateSerializer(many=True, help_text="In list order (Art. 14).")

    def validate(self, data):
        if data["list_votes"] > data["valid_ballots"]:
            raise serializers.ValidationError({"list_votes": "List votes are part of the valid ballots."})
        names = [c["name"] for c in data["candidates"]]
        if len(set(names)) != len(names):
            raise serializers.ValidationError({"candidates": "Candidate names must be unique."})
        if not names:
            raise serializers.ValidationError({"candidates": "At least one candidate."})
        return data


class CountResultSerializer(serializers.Serializer):
    name = serializers.CharField()
    name_votes = serializers.IntegerField()
    devolved = serializers.IntegerField()
    total = serializers.IntegerField()
    elected = serializers.BooleanField()


class CountOutputSerializer(serializers.Serializer):
    quorum = serializers.IntegerField()
    pot = serializers.IntegerField()
    pot_left = serializers.IntegerField()
    results = CountResultSerializer(many=True)
    elected = serializers.ListField(child=serializers.CharField())


class BoardCandidateSerializer(serializers.Serializer):
    name = serializers.CharField()
    birth_date = serializers.DateField()
    votes = serializers.IntegerField(min_value=0, max_value=bounds.MAX_COUNT)

    def validate_birth_date(self, value):
        problem = bounds.birth_date_problem(value, today=timezone.localdate())
        if problem:
            raise serializers.ValidationError(problem)
        return value


class BoardCountInputSerializer(serializers.Serializer):
    seats = serializers.IntegerField(min_value=1, max_value=bounds.MAX_SEATS)
    candidates = BoardCandidateSerializer(many=True)


class BoardCountOutputSerializer(serializers.Serializer):
    elected = serializers.ListField(child=serializers.CharField())


# --- organs (issue #13): read-only lists for the secretariat ------------------------------------------------

from elections.models import Adviser, AgendaItem, AssemblyMeeting, AssemblyMember, Director  # noqa: E402


class AssemblyMemberSerializer(serializers.ModelSerializer):
    name = serializers.SerializerMethodField()

    class Meta:
        model = AssemblyMember
        fields = ("id", "name", "election", "mandate_start", "mandate_end", "left_on", "left_reason")

    def get_name(self, obj) -> str:
        return str(obj)


class AdviserSerializer(serializers.ModelSerializer):
    class Meta:
        model = Adviser
        fields = ("id", "organ", "name", "appointed_on", "proposed_by_board_on", "ended_on")


class AgendaItemSerializer(serializers.ModelSerializer):
    reasons = ReasonSerializer(
        many=True, read_only=True, help_text="The decision's reasons; flags have a code assembly.warning.*."
    )

    class Meta:
        model = AgendaItem
        fields = (
            "position",
            "title",
            "subject",
            "secret_ballot",
            "votes_for",
            "votes_against",
            "abstentions",
            "chair_vote",
            "outcome",
            "reasons",
        )


class AssemblyMeetingSerializer(serializers.ModelSerializer):
    items = AgendaItemSerializer(many=True, read_only=True)

    class Meta:
        model = AssemblyMeeting
        fields = (
            "id",
            "date",
            "kind",
            "mode",
            "mode_reason",
            "remote_voting",
            "second_meeting_of",
            "convocation_sent_on",
            "documents_available_on",
            "status",
            "items",
        )


class DirectorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Director
        fields = ("id", "name", "mandate_start", "mandate_end", "replaces", "ended_on", "end_reason", "end_note")
