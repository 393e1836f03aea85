"""Dialogs that gather a workflow action's arguments and show its refusals beside the fields."""
